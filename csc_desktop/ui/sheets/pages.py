"""Sheet pages as images, for the preview and for printing.

Qt's own PDF module (QtPdf) is not part of PySide6-Essentials, so pages are drawn with PDFium
through ``pypdfium2`` when it is installed. Without it there is no preview and no printing from
the application (saving the signed PDF always works)."""

from __future__ import annotations

from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


class PreviewUnavailable(Exception):
    """This installation has no PDF renderer."""


def renderer_available() -> bool:
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return False
    return True


def render_pages(pdf: bytes, dpi: float, *, first_only: bool = False) -> list[QImage]:
    """Every page (or the first) as an RGB image at ``dpi``. Safe off the GUI thread."""
    try:
        import pypdfium2
    except ImportError as exc:
        raise PreviewUnavailable from exc
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(1 if first_only else len(document)):
            bitmap = document[index].render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            )
            images.append(image.copy())  # own the pixels: the bitmap is freed below
            bitmap.close()
        return images
    finally:
        document.close()
