/**
 * The contract tree (CONTRACT.md §1) computed from a validated export, as path → document.
 * Pure and deterministic: lists are ordered by publishedAt (newest first), then id (A→Z);
 * every document is built field by field in contract order, so key order never varies.
 */
import type { Article, ArticleSummary, Category } from '../../src/shared/contract/documents.ts';
import type { Image } from '../../src/shared/contract/primitives.ts';
import { sortNewest } from '../../src/shared/lib/by-newest.ts';
import * as dataFiles from '../../src/shared/urls/data-files.ts';
import { archiveFiles } from './archive-files.ts';
import type { ValidExport } from './read-export.ts';

export interface TreeOptions {
  pageSize: number;
  related: number;
}

function summaryOf(article: Article): ArticleSummary {
  const summary: ArticleSummary = {
    id: article.id,
    title: article.title,
    publishedAt: article.publishedAt,
    category: article.category,
  };
  if (article.summary !== undefined) summary.summary = article.summary;
  if (article.thumbnail) summary.thumbnail = imageDocument(article.thumbnail);
  return summary;
}

/** src, alt, and the intrinsic size when the export gives both (a half size reserves nothing). */
function imageDocument(image: Image): Image {
  const doc: Image = { src: image.src, alt: image.alt };
  if (image.width !== undefined && image.height !== undefined) {
    doc.width = image.width;
    doc.height = image.height;
  }
  return doc;
}

function articleDocument(article: Article, related: ArticleSummary[]): Record<string, unknown> {
  const doc: Record<string, unknown> = { ...summaryOf(article), body: article.body };
  if (article.author !== undefined) doc.author = article.author;
  if (article.updatedAt !== undefined) doc.updatedAt = article.updatedAt;
  if (article.images.length > 0) {
    doc.images = article.images.map((image) => {
      const figure: Image & { caption?: string } = imageDocument(image);
      if (image.caption !== undefined) figure.caption = image.caption;
      return figure;
    });
  }
  doc.related = related;
  return doc;
}

function categoryDocument(category: Category, articleCount: number): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    slug: category.slug,
    name: category.name,
    parent: category.parent,
  };
  if (category.description !== undefined) doc.description = category.description;
  doc.articleCount = articleCount;
  return doc;
}

export function buildTree(data: ValidExport, options: TreeOptions): Map<string, unknown> {
  const { site, categories, contacts } = data;
  const files = new Map<string, unknown>();

  const articles = sortNewest(data.articles, (a) => a);
  const summaries = new Map(articles.map((a) => [a.id, summaryOf(a)]));
  const summary = (a: Article) => summaries.get(a.id) as ArticleSummary;

  // Each article goes into its own category and every ancestor; in sorted order, so each
  // list comes out newest first without another sort.
  const parentOf = new Map(categories.map((c) => [c.slug, c.parent]));
  const inTree = new Map<string, Article[]>(categories.map((c) => [c.slug, []]));
  const own = new Map<string, Article[]>(categories.map((c) => [c.slug, []]));
  for (const article of articles) {
    own.get(article.category)?.push(article);
    let slug: string | null | undefined = article.category;
    while (slug) {
      inTree.get(slug)?.push(article);
      slug = parentOf.get(slug);
    }
  }

  files.set(dataFiles.site(), {
    name: site.name,
    shortName: site.shortName,
    timeZone: site.timeZone,
    ...(site.address !== undefined && { address: site.address }),
    ...(site.website !== undefined && { website: site.website }),
    ...(site.logo !== undefined && { logo: site.logo }),
  });
  files.set(dataFiles.categories(), {
    categories: categories.map((c) => categoryDocument(c, inTree.get(c.slug)?.length ?? 0)),
  });

  for (const category of categories) {
    const list = inTree.get(category.slug) ?? [];
    const pageCount = Math.max(1, Math.ceil(list.length / options.pageSize));
    for (let page = 1; page <= pageCount; page++) {
      files.set(dataFiles.categoryPage(category.slug, page), {
        category: category.slug,
        page,
        pageCount,
        total: list.length,
        items: list.slice((page - 1) * options.pageSize, page * options.pageSize).map(summary),
      });
    }
  }

  // Related: the next older articles of the same (own) category.
  for (const list of own.values()) {
    list.forEach((article, i) => {
      const related = list.slice(i + 1, i + 1 + options.related).map(summary);
      files.set(dataFiles.article(article.id), articleDocument(article, related));
    });
  }

  for (const [path, document] of archiveFiles(articles, site.timeZone, summary)) {
    files.set(path, document);
  }

  files.set(dataFiles.contacts(), {
    ...(contacts.updatedAt !== undefined && { updatedAt: contacts.updatedAt }),
    groups: contacts.groups.map((group) => ({
      id: group.id,
      name: group.name,
      kind: group.kind,
      contacts: group.contacts.map((contact) => ({
        id: contact.id,
        name: contact.name,
        ...(contact.role !== undefined && { role: contact.role }),
        phones: contact.phones.map((phone) => ({ label: phone.label, number: phone.number })),
        ...(contact.emails.length > 0 && { emails: contact.emails }),
        ...(contact.mailbox !== undefined && { mailbox: contact.mailbox }),
        ...(contact.address !== undefined && { address: contact.address }),
        ...(contact.hours !== undefined && { hours: contact.hours }),
      })),
    })),
  });
  return files;
}
