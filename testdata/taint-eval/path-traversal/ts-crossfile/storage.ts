import { readFileSync } from "node:fs";
import { join } from "node:path";

export function readDoc(name: string): string {
  return readFileSync(join("/srv/docs", name), "utf8");
}
