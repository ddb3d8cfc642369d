/** "smuggling, JCA desk,  , firearms" -> ["smuggling", "JCA desk", "firearms"], de-duplicated. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter((t) => t !== ''),
    ),
  ];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
