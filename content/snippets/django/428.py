# run: python 428.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse, JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def save(request, doc_id):
    current = '"d41-v3"'
    if_match = request.headers.get("If-Match")
    if if_match is None:
        return JsonResponse({"title": "Send If-Match with the ETag you read"}, status=428)
    if if_match != current:
        return JsonResponse({"title": "The document changed"}, status=412, headers={"ETag": current})
    return HttpResponse(status=204)


urlpatterns = [path("documents/<int:doc_id>", save)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
