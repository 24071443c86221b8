/**
 * What a valid export needs beyond each file's shape: slugs and ids unique, every parent
 * category present, no category its own ancestor. Problems go to `collect` with file and field.
 */
import type { Category, Contacts } from '../../src/shared/contract/documents.ts';
import * as files from '../../src/shared/urls/data-files.ts';

export type Collect = (file: string, field: string, message: string) => void;

export function checkCategories(categories: Category[], collect: Collect): void {
  const file = files.categories();
  const index = new Map<string, number>();
  categories.forEach((category, i) => {
    const first = index.get(category.slug);
    if (first === undefined) index.set(category.slug, i);
    else
      collect(file, `categories[${i}].slug`, `"${category.slug}" trùng với categories[${first}]`);
  });
  categories.forEach((category, i) => {
    if (category.parent !== null && !index.has(category.parent)) {
      collect(file, `categories[${i}].parent`, `không có danh mục "${category.parent}"`);
    }
  });
  // Cycles: follow parents; a chain that comes back to its start is refused once per member.
  const parentOf = new Map(categories.map((c) => [c.slug, c.parent]));
  const reported = new Set<string>();
  categories.forEach((category, i) => {
    const chain = [category.slug];
    let current = category.parent;
    while (current !== null && current !== undefined && parentOf.has(current)) {
      if (current === category.slug) {
        if (!reported.has(category.slug)) {
          for (const slug of chain) reported.add(slug);
          collect(
            file,
            `categories[${i}].parent`,
            `vòng lặp danh mục: ${[...chain, current].join(' → ')}`,
          );
        }
        break;
      }
      if (chain.includes(current)) break; // a cycle further up; reported from its own member
      chain.push(current);
      current = parentOf.get(current) ?? null;
    }
  });
}

export function checkContacts(contacts: Contacts, collect: Collect): void {
  const groups = new Map<string, number>();
  contacts.groups.forEach((group, g) => {
    const first = groups.get(group.id);
    if (first === undefined) groups.set(group.id, g);
    else collect(files.contacts(), `groups[${g}].id`, `"${group.id}" trùng với groups[${first}]`);
    const ids = new Map<string, number>();
    group.contacts.forEach((contact, c) => {
      const firstContact = ids.get(contact.id);
      if (firstContact === undefined) ids.set(contact.id, c);
      else {
        collect(
          files.contacts(),
          `groups[${g}].contacts[${c}].id`,
          `"${contact.id}" trùng với groups[${g}].contacts[${firstContact}]`,
        );
      }
    });
  });
}
