export async function getPage(url: string): Promise<string> {
  const res = await fetch(url);
  return res.text();
}
