# run: python 502.py
import sys
from urllib.error import HTTPError
from urllib.request import urlopen

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def dashboard(request):
    try:
        return HttpResponse(urlopen("http://127.0.0.1:9/dashboard", timeout=5).read())
    except HTTPError as error:  # a valid answer, a 404 or a 500 too: pass it on
        return HttpResponse(error.read(), status=error.code)
    except OSError:  # the upstream refused, timed out or answered nonsense
        return HttpResponse("The upstream server failed", status=502)


urlpatterns = [path("dashboard", dashboard)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
