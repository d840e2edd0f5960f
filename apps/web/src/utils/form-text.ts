/** The text of a form field from FormData; a missing field (or a file) reads as empty. */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}
