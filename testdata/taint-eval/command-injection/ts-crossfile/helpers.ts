import { execSync } from "node:child_process";

export function runShell(line: string): string {
  return execSync(line).toString();
}
