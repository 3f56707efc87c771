# run: python 426.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def scores(request):
    # Probe: wsgiref refuses the hop-by-hop Connection field that 426 requires
    headers = {"Upgrade": "websocket", "Connection": "Upgrade"}
    return HttpResponse("This endpoint only speaks WebSocket", status=426, headers=headers)


urlpatterns = [path("live/scores", scores)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
