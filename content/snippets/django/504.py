# run: python 504.py
import socket
import sys
from urllib.request import urlopen

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])
upstream = socket.create_server(("127.0.0.1", 0))  # accepts, never answers


def report(request):
    try:
        return HttpResponse(urlopen(f"http://127.0.0.1:{upstream.getsockname()[1]}/", timeout=1).read())
    except TimeoutError:
        return HttpResponse("The upstream server did not answer in time", status=504)


urlpatterns = [path("reports/annual", report)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
