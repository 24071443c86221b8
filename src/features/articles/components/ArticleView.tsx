import { TimeStamp } from '../../../shared/site/TimeStamp';
import type { Article } from '../api/get-article';
import { ArticleActions } from './ArticleActions';
import { ArticleBody } from './ArticleBody';
import './article.css';

export function ArticleView({ article }: { article: Article }) {
  return (
    <article className="article" aria-labelledby="article-title">
      <h1 id="article-title">{article.title}</h1>
      <p className="article__meta">
        <TimeStamp iso={article.publishedAt} />
        {article.updatedAt && article.updatedAt !== article.publishedAt && (
          <>
            {' · Cập nhật '}
            <TimeStamp iso={article.updatedAt} />
          </>
        )}
      </p>
      {showsLead(article) && <p className="lead">{article.summary}</p>}
      {/* A body cleaned in this browser waits for the sanitiser's file (ArticleBody): the page's
          own boundary waits with it, so the figures and the sidebar below do not move when the
          body comes in above them. */}
      <ArticleBody html={article.body} />
      {article.images.map((image) => (
        <figure key={image.src} className="article__figure">
          {/* With its intrinsic size the box is reserved before the file arrives (no shift). */}
          <img
            src={image.src}
            alt={image.alt}
            loading="lazy"
            width={image.width && image.height ? image.width : undefined}
            height={image.width && image.height ? image.height : undefined}
          />
          {image.caption && <figcaption>{image.caption}</figcaption>}
        </figure>
      ))}
      {article.author && <p className="article__author">{article.author}</p>}
      <ArticleActions title={article.title} />
    </article>
  );
}

const squash = (text: string) =>
  text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** CMS summaries are often the body's first sentence: do not print it twice. */
function showsLead(article: Article): boolean {
  if (!article.summary?.trim()) return false;
  return !squash(article.body).startsWith(squash(article.summary).replace(/[.…]+$/, ''));
}
