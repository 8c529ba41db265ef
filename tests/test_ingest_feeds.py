"""RSS and Atom feed files, and the main text of HTML pages."""

from __future__ import annotations

import sys

import pytest

from kuroshio.errors import EmptyDocumentError, MalformedRecordError
from kuroshio.ingest import iter_documents

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour Desk</title>
<item><title>Coast guards meet</title><link>https://example.org/news/1</link><guid>harbour-1</guid>
<pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Japan and the Philippines held talks on coast guard cooperation.&lt;/p&gt;</description></item>
<item><title>Nothing here</title><link>https://example.org/news/2</link><description></description></item>
<item><title>Protest</title><link>https://example.org/news/3</link>
<description>Vietnam protested to China over the seizure of a fishing boat.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Strait Watch</title><id>urn:strait-watch</id>
<updated>2024-04-02T00:00:00Z</updated>
<entry><title>Drills</title><id>urn:strait-watch:7</id><link href="https://example.org/watch/7"/>
<updated>2024-04-01T10:00:00Z</updated>
<content type="html">&lt;p&gt;Chinese warships sailed near Taiwan.&lt;/p&gt;
&lt;p&gt;Taipei condemned the drills.&lt;/p&gt;</content>
</entry></feed>"""


def collect(paths, **kwargs):
    errors = []
    return list(iter_documents(paths, on_error=errors.append, **kwargs)), errors


def test_ingest_rss_items_become_documents(tmp_path):
    path = tmp_path / "harbour.rss"
    path.write_text(RSS, encoding="utf-8")
    docs, errors = collect([path], date="2024-03-20")
    assert [d.id for d in docs] == ["harbour-1", "https://example.org/news/3"]
    first = docs[0]
    assert first.text == "Japan and the Philippines held talks on coast guard cooperation."
    assert (first.title, first.url, first.source, first.date) == (
        "Coast guards meet",
        "https://example.org/news/1",
        "Harbour Desk",
        "2024-03-12",
    )
    assert docs[1].date == "2024-03-20"  # no date in the item: --date
    assert first.origin == f"{path}, entry 1"
    (error,) = errors
    assert isinstance(error, EmptyDocumentError)
    assert str(error.where) == f"{path}, entry 2"


def test_ingest_atom_and_xml_files_that_hold_feeds(tmp_path):
    (tmp_path / "watch.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "watch-copy.xml").write_text(ATOM, encoding="utf-8")
    petrarch = '<Sentences><Sentence id="P1" date="20240105"><Text>Japan met India.</Text></Sentence></Sentences>'
    (tmp_path / "sentences.xml").write_text(petrarch, encoding="utf-8")
    docs, errors = collect([tmp_path])
    assert errors == []
    by_origin = {d.origin.split("/")[-1]: d for d in docs}
    atom = by_origin["watch.atom, entry 1"]
    assert atom.text == "Chinese warships sailed near Taiwan.\n\nTaipei condemned the drills."
    assert (atom.id, atom.url, atom.date, atom.source) == (
        "urn:strait-watch:7",
        "https://example.org/watch/7",
        "2024-04-01",
        "Strait Watch",
    )
    assert by_origin["watch-copy.xml, entry 1"].text == atom.text
    assert by_origin["sentences.xml, line 1"].id == "P1"


def test_ingest_broken_feed_is_reported(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><item><title>cut off", encoding="utf-8")
    docs, errors = collect([path])
    assert docs == []
    assert isinstance(errors[0], MalformedRecordError)
    assert "RSS or Atom" in errors[0].message and str(path) in errors[0].message


PAGE = """<!doctype html><html><head><title>Ministers meet | Example News</title>
<meta property="article:published_time" content="2024-02-14T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> | <a href="/world">World</a> | China attacked Japan in our quiz</nav></header>
<article><h1>Ministers meet in Canberra</h1>
<p>Australia and Indonesia held talks on maritime security in Canberra on Tuesday, officials said.</p>
<p>The two governments signed an agreement on sharing surveillance data after months of negotiation
between their defence ministries, according to a statement released after the meeting.</p>
<p>Analysts said the agreement builds on earlier cooperation between the two navies in the region.</p>
</article>
<aside><h2>Related</h2><p>Russia threatened Finland, say readers.</p></aside>
<footer>Copyright 2024 Example News. Russia invaded nowhere.</footer></body></html>"""


def test_ingest_html_main_text_without_boilerplate(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = collect([path], date="2024-03-01")[0]
    assert "Australia and Indonesia held talks" in doc.text
    assert "signed an agreement" in doc.text
    for boilerplate in ("quiz", "Related", "threatened Finland", "Copyright"):
        assert boilerplate not in doc.text
    assert doc.date == "2024-02-14"  # the page's own publication date comes before --date
    assert doc.title.startswith("Ministers meet")


def test_ingest_html_without_trafilatura_falls_back(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes `import trafilatura` fail
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = collect([path], date="2024-03-01")[0]
    assert "Australia and Indonesia held talks" in doc.text
    assert "quiz" not in doc.text and "Copyright" not in doc.text  # nav and footer are dropped
    assert doc.date == "2024-03-01"
    assert doc.title == "Ministers meet | Example News"
