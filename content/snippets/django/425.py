# run: python 425.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse, JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def pay(request):
    if request.headers.get("Early-Data") == "1":
        return HttpResponse("Sent in TLS early data; send it after the handshake", status=425)
    return JsonResponse({"paid": True}, status=201)


urlpatterns = [path("v1/payments", pay)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
