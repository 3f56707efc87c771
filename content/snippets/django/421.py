# run: python 421.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def image(request, name):
    host = request.get_host()
    if host != "www.example.com":
        return HttpResponse(f"This connection does not serve {host}. Reconnect.", status=421)
    return HttpResponse(b"PNG...", content_type="image/png")


urlpatterns = [path("img/<name>", image)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
