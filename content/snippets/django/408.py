# run: python 408.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.core.servers.basehttp import WSGIRequestHandler
from django.http import HttpResponse, UnreadablePostError
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def upload(request, name):
    try:
        request.body  # the upload stops arriving
    except UnreadablePostError:  # no byte came within the timeout
        return HttpResponse("The upload did not arrive in time", status=408)
    return HttpResponse(status=204)


urlpatterns = [path("uploads/<name>", upload)]

WSGIRequestHandler.timeout = 1  # seconds to wait for each read of the request
execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
