/** Whether `path` is `base` or a path below it: `/desk` and `/desk/queue`, never `/desktop`. */
export const isWithin = (path: string, base: string): boolean => path === base || path.startsWith(`${base}/`);
