import { describe, expect, it } from "vitest";
import { parseAllowHosts, refusedAddress } from "../../../worker/domain/archive-address";

const refused = (address: string, allow = "") => refusedAddress(new URL(address), parseAllowHosts(allow));

describe("refusedAddress", () => {
  it.each([
    "https://news.example/a",
    "http://93.184.216.34/",
    "http://[2606:4700::1111]/",
    "http://172.32.0.1/",
    "http://[::ffff:93.184.216.34]/",
  ])("allows the public address %s", (address) => {
    expect(refused(address)).toBeNull();
  });

  it.each([
    ["http://localhost:8787/", "this machine"],
    ["http://app.localhost/", "this machine"],
    ["http://127.0.0.1/", "loopback"],
    ["http://2130706433/", "loopback"],
    ["http://0x7f.1/", "loopback"],
    ["http://10.1.2.3/", "private"],
    ["http://192.168.1.1/", "private"],
    ["http://172.31.255.255/", "private"],
    ["http://169.254.169.254/", "link-local"],
    ["http://100.64.0.1/", "shared"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://[::]/", "unspecified"],
    ["http://[::1]/", "loopback"],
    ["http://[0:0:0:0:0:0:0:1]/", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::ffff:a00:1]/", "private"],
    ["http://[64:ff9b::c0a8:1]/", "private"],
    ["http://[fc00::1]/", "unique-local"],
    ["http://[fe80::1%25eth0]/", ""],
    ["http://user:pw@news.example/", "user name"],
    ["file:///etc/passwd", "only http"],
  ])("refuses %s", (address, why) => {
    let message: string | null;
    try {
      message = refused(address);
    } catch {
      return; // the URL parser itself refuses it (a zone id)
    }
    expect(message).toContain(why);
  });

  it("lets allow-listed host:port entries through, and only those ports", () => {
    expect(refused("http://127.0.0.1:8788/page", "127.0.0.1:8788")).toBeNull();
    expect(refused("http://127.0.0.1:8789/page", "127.0.0.1:8788")).toContain("loopback");
    expect(refused("http://localhost/page", "localhost:80, [::1]:443")).toBeNull();
    expect(refused("https://[::1]/page", "localhost:80, [::1]:443")).toBeNull();
  });
});
