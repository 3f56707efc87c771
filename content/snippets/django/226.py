# run: python 226.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def changelog(request):
    if "vcdiff" not in request.headers.get("A-IM", ""):
        return HttpResponse("<feed>...</feed>", headers={"ETag": '"cl-1191"'})
    delta = b"\xd6\xc3\xc4\x00"  # a vcdiff from the client's version to the current one
    headers = {"ETag": '"cl-1191"', "IM": "vcdiff", "Delta-Base": request.headers["If-None-Match"]}
    return HttpResponse(delta, status=226, headers=headers)


urlpatterns = [path("feeds/changelog.xml", changelog)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
