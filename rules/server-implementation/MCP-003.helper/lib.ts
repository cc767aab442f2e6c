export function validatePath(p: string): string {
  return p.trim();
}
