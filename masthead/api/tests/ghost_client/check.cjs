// Called by masthead/api/tests/test_ghost_client.py with MASTHEAD_URL and
// MASTHEAD_KEY set; prints what Ghost's own client got back, as JSON.
const GhostContentAPI = require("@tryghost/content-api");

async function main() {
    const api = new GhostContentAPI({
        url: process.env.MASTHEAD_URL,
        key: process.env.MASTHEAD_KEY,
        version: "v5.0",
    });
    const out = {};
    const posts = await api.posts.browse({ include: "authors,tags", limit: 3 });
    out.posts = posts.map((p) => ({
        slug: p.slug,
        title: p.title,
        html: p.html,
        authors: p.authors.map((a) => a.slug),
        tags: p.tags.map((t) => t.slug),
        primary_author: p.primary_author && p.primary_author.slug,
    }));
    out.pagination = posts.meta.pagination;
    const one = await api.posts.read({ slug: posts[0].slug }, { include: "authors" });
    out.bySlug = { slug: one.slug, title: one.title, author: one.authors[0].name };
    const byId = await api.posts.read({ id: posts[1].id });
    out.byId = byId.slug;
    out.authors = (await api.authors.browse({ limit: "all" })).map((a) => a.slug);
    out.tags = (await api.tags.browse({ limit: "all", include: "count.posts" })).map((t) => [t.slug, t.count.posts]);
    out.settings = (await api.settings.browse()).title;
    out.filtered = (await api.posts.browse({ filter: "tag:energy", fields: "slug" })).map((p) => p.slug);
    try {
        await api.posts.read({ slug: "no-such-story" });
        out.missing = "found?";
    } catch (error) {
        out.missing = error.name;
    }
    const revoked = new GhostContentAPI({
        url: process.env.MASTHEAD_URL,
        key: process.env.MASTHEAD_REVOKED_KEY,
        version: "v5.0",
    });
    try {
        await revoked.posts.browse();
        out.revoked = "accepted?";
    } catch (error) {
        out.revoked = [error.name, error.response && error.response.status];
    }
    process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
    process.stderr.write(String(error && error.stack || error));
    process.exit(1);
});
