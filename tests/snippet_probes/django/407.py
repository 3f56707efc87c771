# run: python 407.py
# Probe: the application answers 407 (as Django's test client shows), but runserver
# answers the CONNECT request with 500.
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"], MIDDLEWARE=[f"{__name__}.proxy_login"])


def proxy_login(get_response):
    def middleware(request):
        if "Proxy-Authorization" not in request.headers:
            headers = {"Proxy-Authenticate": 'Basic realm="proxy"'}
            return HttpResponse("Proxy login required", status=407, headers=headers)
        return get_response(request)

    return middleware


urlpatterns = []

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
