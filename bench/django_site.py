"""What the benchmark's real Django CMSes share (the Wagtail ones, bench/puput and bench/coderedcms,
django CMS's blog, bench/djangocmsblog, and Mezzanine's, bench/mezzanine): a site built once from
the posts by the CMS's own Python (in a venv of its own) and cached by what made it, then copied to
a private directory and served by Django's own server on 127.0.0.1.

Each CMS says how its project is laid out (`scaffold`), what its build script is given (`spec`),
the environment its Django runs in (`django_env`) and how its owner tells it its new address
(`moved`); its `portal/build.py` writes `made.json`, what the CMS made of the posts (their
addresses and their files'), for the truth to name it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from bench.common import ServedFromTemp, free_port, keep_built, wait_serving
from bench.generalisation.api import SampleArticle

#: Where built sites are kept between runs, by CMS, version and content.
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "archiver-bench"


class DjangoSite(ServedFromTemp):
    """One private site of a Django CMS holding `articles`; a context manager that cleans up
    after itself. Subclasses name the CMS (`name`, `version`, `venv`, `portal`: the directory of
    its build script and settings, `missing`) and give `spec`, `scaffold`, `django_env` and
    `moved`."""

    name: str
    version: str
    venv: Path
    portal: Path
    missing: Callable[[], str | None]
    #: How Django's server is started: answering the static files itself (`--insecure`), unless
    #: the CMS's own URLs answer them.
    runserver_options: tuple[str, ...] = ("--insecure",)

    def __init__(self, articles: Iterable[SampleArticle]) -> None:
        self.posts = sorted(articles, key=lambda a: (a.published, a.slug))
        self.made: dict = {}
        self.base_url = ""
        self.timings: dict[str, float] = {}  # seconds: "build" (0 when cached), "serve"

    # -- what each CMS says ---------------------------------------------------------------------
    def spec(self, uploads: Path) -> dict:
        """Everything the build script creates, as JSON; writes the files it uploads under
        `uploads`."""
        raise NotImplementedError

    def scaffold(self, home: Path) -> None:
        """Lay the CMS's project out in the empty directory `home`, where it is built."""

    def django_env(self, home: Path) -> dict[str, str]:
        """The environment variables the CMS's Django needs to run the site in `home`."""
        raise NotImplementedError

    def moved(self, port: int) -> str:
        """Python for Django's shell that tells the CMS it now answers at 127.0.0.1:`port`, as
        its owner does when the site moves (the CMS writes canonical addresses from it)."""
        raise NotImplementedError

    # -- serving --------------------------------------------------------------------------------
    def start(self) -> None:
        """Build the site (or take it from the cache), copy it to a private directory, set its
        address (`moved`) and serve it."""
        if reason := type(self).missing():
            raise RuntimeError(f"{self.name} cannot run here: {reason}")
        self._tmp = Path(tempfile.mkdtemp(prefix=f"{self.name}-"))
        started = time.perf_counter()
        built = self._built()
        self.timings["build"] = time.perf_counter() - started
        self.made = json.loads((built / "made.json").read_text(encoding="utf-8"))
        home = self._tmp / "site"
        shutil.copytree(built, home)
        port = free_port()
        started = time.perf_counter()
        self._django(home, "shell", "-c", self.moved(port))
        self._web = subprocess.Popen(
            [str(self.venv / "bin" / "python"), "-m", "django", "runserver",
             *self.runserver_options, "--noreload", f"127.0.0.1:{port}"], cwd=home, env=self._env(home),
            stdout=subprocess.DEVNULL, stderr=(home / "serve.log").open("wb"),
            start_new_session=True)
        self.base_url = f"http://127.0.0.1:{port}"
        # Django loads the CMS first: a few seconds
        wait_serving(self.base_url + "/", self._web, home / "serve.log", timeout=120)
        self.timings["serve"] = time.perf_counter() - started

    def _built(self) -> Path:
        """The site (project, database, media and made.json) of this content, built once and
        cached by what made it: the content, the scripts and templates that build and serve it
        and the pinned packages that run them."""
        uploads = self._tmp / "uploads"
        spec = self.spec(uploads)
        text = json.dumps(spec, ensure_ascii=False, sort_keys=True)
        made_by = "".join(p.read_text() for p in sorted([*self.portal.glob("*.py"),
                                                         *self.portal.glob("templates/*.html")]))
        made_by += (self.portal.parent / "requirements.txt").read_text()
        key = hashlib.sha256((text + made_by).encode())
        done = CACHE / self.name / f"{self.version}-{key.hexdigest()[:16]}"
        if (done / "made.json").exists():
            return done
        home = self._tmp / "build"
        home.mkdir()
        self.scaffold(home)
        given = self._tmp / "spec.json"
        given.write_text(json.dumps({**spec, "upload_root": str(uploads)}, ensure_ascii=False),
                         encoding="utf-8")
        ran = subprocess.run([str(self.venv / "bin" / "python"), str(self.portal / "build.py"),
                              str(given), str(home / "made.json")], cwd=home,
                             env=self._env(home), capture_output=True, text=True, timeout=900)
        if ran.returncode != 0 or not (home / "made.json").exists():
            raise RuntimeError(f"building the {self.name} site failed: {ran.stderr[-1500:]}")
        return keep_built(home, done)

    def _django(self, home: Path, *command: str) -> None:
        """Run a Django management command on the site in `home`."""
        subprocess.run([str(self.venv / "bin" / "python"), "-m", "django", *command], cwd=home,
                       env=self._env(home), check=True, capture_output=True, timeout=120)

    def _env(self, home: Path) -> dict[str, str]:
        """The CMS's environment, on a Vietnamese server's local time."""
        return {**os.environ, "TZ": "Asia/Ho_Chi_Minh", **self.django_env(home)}


class WagtailSite(DjangoSite):
    """A site of a Wagtail CMS (bench/puput, bench/coderedcms)."""

    def moved(self, port: int) -> str:
        """Wagtail's Settings › Sites, where Wagtail takes every canonical and og:url from."""
        return f"from wagtail.models import Site; Site.objects.update(hostname='127.0.0.1', port={port})"
