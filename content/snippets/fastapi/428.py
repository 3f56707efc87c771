# run: python 428.py
import uvicorn
from fastapi import FastAPI, Header, HTTPException, Response, status

app = FastAPI()


@app.put("/documents/{doc_id}")
def save(doc_id: int, if_match: str | None = Header(None)):
    current = '"d41-v3"'
    if if_match is None:
        raise HTTPException(status.HTTP_428_PRECONDITION_REQUIRED, "Send If-Match with the ETag you read")
    if if_match != current:
        raise HTTPException(status.HTTP_412_PRECONDITION_FAILED, "The document changed", {"ETag": current})
    return Response(status_code=status.HTTP_204_NO_CONTENT)


uvicorn.run(app, host="127.0.0.1", port=8000)
