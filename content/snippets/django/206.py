# run: python 206.py
import re
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])
DATA = bytes(73400320)  # stands for the file on disk
TYPE = "video/mp4"


def keynote(request):
    headers = {"Accept-Ranges": "bytes", "ETag": '"kn-2026-v3"', "Cache-Control": "public, max-age=86400"}
    match = re.fullmatch(r"bytes=(\d+)-(\d*)", request.headers.get("Range", ""))
    if not match:
        return HttpResponse(DATA, content_type=TYPE, headers=headers)
    start, end = int(match[1]), int(match[2] or len(DATA) - 1)
    if start >= len(DATA) or end < start:
        headers["Content-Range"] = f"bytes */{len(DATA)}"
        return HttpResponse(status=416, headers=headers)
    headers["Content-Range"] = f"bytes {start}-{min(end, len(DATA) - 1)}/{len(DATA)}"
    return HttpResponse(DATA[start : end + 1], content_type=TYPE, status=206, headers=headers)


urlpatterns = [path("media/keynote.mp4", keynote)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
