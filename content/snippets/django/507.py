# run: python 507.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def upload(request, user, name):
    quota_left = 500 * 1024 * 1024  # bytes this user may still store
    if int(request.headers["Content-Length"]) > quota_left:
        return HttpResponse("Not enough storage for this file", status=507)
    return HttpResponse(status=201)


urlpatterns = [path("remote.php/dav/files/<user>/<name>", upload)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
