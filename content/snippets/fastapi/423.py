# run: python 423.py
import uvicorn
from fastapi import FastAPI, Response, status

app = FastAPI()


@app.delete("/projects/{name}")
def delete_file(name: str):
    locked = True  # someone holds a WebDAV lock on it
    if locked:
        xml = '<?xml version="1.0"?><d:error xmlns:d="DAV:"><d:lock-token-submitted/></d:error>'
        return Response(xml, status.HTTP_423_LOCKED, media_type='application/xml; charset="utf-8"')
    return Response(status_code=status.HTTP_204_NO_CONTENT)


uvicorn.run(app, host="127.0.0.1", port=8000)
