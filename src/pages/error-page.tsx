// Error pages. The not-found page of a collection says nothing about the id it was asked for, so a private
// collection's answer is byte for byte the answer for an id that never existed.
import type { ComponentChildren } from "preact";
import { Layout } from "./layout.js";
import { withQuery } from "./paths.js";

function ErrorPage({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <Layout meta={{ title, description: title, noindex: true }}>
      <section class="panel">
        <h1>{title}</h1>
        {children}
        <p>
          <a href="/">Browse public collections</a>
        </p>
      </section>
    </Layout>
  );
}

export function NotFoundPage() {
  return (
    <ErrorPage title="Not found">
      <p>
        There is nothing to show here: no such page, or a collection that does not exist, was deleted, or is
        not shared with everyone.
      </p>
    </ErrorPage>
  );
}

export function UnknownIocPage({ value }: { value: string }) {
  return (
    <ErrorPage title="IoC not found">
      <p>
        No collection you may see holds <code>{value}</code>.
      </p>
      <p>
        <a href={withQuery("/", { q: value, text: "1" })}>Search collections for this text instead</a>
      </p>
    </ErrorPage>
  );
}

/** The request itself was wrong (not an IoC, a malformed cursor, an unknown kind): what, and nothing more. */
export function BadRequestPage({ message }: { message: string }) {
  return (
    <ErrorPage title="Bad request">
      <p>{message}</p>
    </ErrorPage>
  );
}

export function ServerErrorPage() {
  return (
    <ErrorPage title="Something went wrong">
      <p>The server could not build this page. Try again in a moment.</p>
    </ErrorPage>
  );
}
