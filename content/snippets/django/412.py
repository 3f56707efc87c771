# run: python 412.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse, JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def save_doc(request, name):
    current = '"v42"'
    if_match = request.headers.get("If-Match")
    if if_match is not None and if_match not in (current, "*"):
        body = {"title": "The document changed since you read it"}
        return JsonResponse(body, status=412, headers={"ETag": current})
    return HttpResponse(status=204, headers={"ETag": '"v43"'})


urlpatterns = [path("docs/<name>", save_doc)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
