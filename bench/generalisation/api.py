"""Everything this benchmark takes from `archiver`, imported here and nowhere else: the templates
and the scorer see the project through this one door."""

from archiver.archive.store import Archive
from archiver.archive.warc import read_response
from archiver.demo.articles import load_articles
from archiver.demo.families.base import slugify
from archiver.demo.model import Attachment, Image, SampleArticle
from archiver.demo.server import SiteServer, serve
from archiver.demo.site import JPEG, Page, Site
from archiver.extract.page import ArticlePage, extract_article

__all__ = ["JPEG", "Archive", "ArticlePage", "Attachment", "Image", "Page", "SampleArticle", "Site",
           "SiteServer", "extract_article", "load_articles", "read_response",
           "serve", "slugify"]
