"""The parts of the DSFR (Système de design de l'État) that the site uses, as
one stylesheet and one script built from the pinned django-dsfr's dist files.

One file each instead of a link per component: a phone on a slow network
fetches two render-blocking files, not thirty. The stylesheet keeps only the
rules the site's markup can use (site_config/dsfr_purge.py): a browser parses
all of it on every fresh page, and the parts style many variants.

The bundles are committed (site_config/static/dsfr/) so that nothing is built
on a server; a test checks they match what this module builds from the
installed django-dsfr and the project's sources, so an upgrade of the package
or a new DSFR class in a template without `make dsfr` fails the suite.

    make dsfr    # or: python -m site_config.dsfr
"""

import re
from pathlib import Path

import dsfr

from site_config import dsfr_purge

DIST = Path(dsfr.__file__).resolve().parent / "static" / "dsfr" / "dist"
OUT = Path(__file__).resolve().parent / "static" / "dsfr"

# In the DSFR's dependency order (each component's README): core first.
STYLES = [
    "core/core",
    "component/link/link",
    "component/button/button",
    "component/logo/logo",
    "component/form/form",
    "component/navigation/navigation",
    "component/modal/modal",
    "component/input/input",
    "component/search/search",
    "component/translate/translate",
    "component/header/header",
    "component/footer/footer",
    "component/skiplink/skiplink",
    "component/breadcrumb/breadcrumb",
    "component/notice/notice",
    "component/alert/alert",
    "component/select/select",
    "component/checkbox/checkbox",
    "component/radio/radio",
    "component/badge/badge",
    "component/tag/tag",
    "component/pagination/pagination",
    "component/card/card",
    "component/callout/callout",
]
SCRIPTS = [
    "core/core",
    "component/navigation/navigation",
    "component/modal/modal",
    "component/header/header",
    "component/breadcrumb/breadcrumb",
]

BANNER = re.compile(r"/\*!.*?\*/\s*", re.S)
URL = re.compile(r"url\((['\"]?)(?!data:)([^)'\"]+)\1\)")


def _rebased(css, part):
    """The part's relative url()s, made relative to the bundle's folder: the
    bundle sits in static/dsfr/, the dist's files in static/dsfr/dist/ (see
    STATICFILES_DIRS)."""
    folder = Path("dist", part).parent

    def rebase(match):
        target = (folder / match.group(2)).as_posix()
        parts = []
        for piece in target.split("/"):
            if piece == "..":
                parts.pop()
            else:
                parts.append(piece)
        return f"url({'/'.join(parts)})"

    return URL.sub(rebase, css)


def parts_css():
    """Each chosen part's rules, its url()s rebased, before any purge."""
    for part in STYLES:
        css = BANNER.sub("", (DIST / f"{part}.main.min.css").read_text()).strip()
        yield _rebased(css, part)


def build_css():
    first = (DIST / f"{STYLES[0]}.main.min.css").read_text()
    banner = BANNER.match(first).group(0).strip()
    keeper = dsfr_purge.Keeper(*dsfr_purge.used_classes())
    bodies = [dsfr_purge.purge(css, keeper) for css in parts_css()]
    css = "\n".join(body for body in bodies if body)
    css = dsfr_purge.purge_tokens(css, dsfr_purge.project_token_reads())
    return banner + "\n" + css + "\n"


def build_js():
    first = (DIST / f"{SCRIPTS[0]}.module.min.js").read_text()
    banner = BANNER.match(first).group(0).strip()
    # Each part declares its own top-level constants: a block keeps them apart.
    bodies = []
    for part in SCRIPTS:
        js = BANNER.sub("", (DIST / f"{part}.module.min.js").read_text())
        bodies.append("{\n" + js.strip() + "\n}")
    return banner + "\n" + "\n".join(bodies) + "\n"


BUNDLES = {"dsfr.css": build_css, "dsfr.js": build_js}


def main():
    OUT.mkdir(exist_ok=True)
    for name, build in BUNDLES.items():
        (OUT / name).write_text(build())
        print(f"wrote {OUT / name}")  # noqa: T201 (a command's output)


if __name__ == "__main__":
    main()
