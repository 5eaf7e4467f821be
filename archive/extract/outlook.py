"""Outlook messages (.msg), read with python-oxmsg (MIT, over olefile): the same record and text as
an e-mail's (mail.describe_message) — subject, sender, To and Cc, sent date, Message-ID, the body
(plain preferred, else the HTML body's text; 8-bit strings in the message's code page) — and every
attachment stored in it an item of its own. extract-msg, the usual reader, is GPL and would make
this program GPL."""

from __future__ import annotations

from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import TYPE_CHECKING

from ..formats import usual_suffix
from .base import ExtractionError, ExtractOptions, Extraction
from .mail import MAX_MESSAGE_BYTES, describe_message, html_text

if TYPE_CHECKING:
    from oxmsg import Message

#: PidTagRecipientType: To 1, Cc 2, Bcc 3 (MS-OXOMSG 2.2.3.1).
_RECIPIENT_TYPE, _TO, _CC = 0x0C15, 1, 2
#: PidTagInternetMessageId, PidTagInReplyToId, PidTagInternetReferences.
_INTERNET_MESSAGE_ID, _IN_REPLY_TO, _REFERENCES = 0x1035, 0x1042, 0x1039


def extract_outlook(path: Path, options: ExtractOptions | None = None) -> Extraction:
    from oxmsg import Message

    if path.stat().st_size > MAX_MESSAGE_BYTES:  # the reader takes the whole file into memory
        raise ExtractionError(f"an Outlook message over {MAX_MESSAGE_BYTES // 2**20} MB: not read")
    message = Message.load(str(path))
    result = Extraction()
    headers = message.message_headers  # what the message carried over the Internet, when it did
    sent = message.sent_date
    describe_message(
        {
            "From": message.sender or "",
            "To": headers.get("To") or _addressed(message, _TO),
            "Cc": headers.get("Cc") or _addressed(message, _CC),
            "Date": format_datetime(sent) if sent else headers.get("Date", ""),
            "Subject": message.subject,
            "Message-ID": message.properties.str_prop_value(_INTERNET_MESSAGE_ID) or headers.get("Message-ID", ""),
            "In-Reply-To": message.properties.str_prop_value(_IN_REPLY_TO) or headers.get("In-Reply-To", ""),
            "References": message.properties.str_prop_value(_REFERENCES) or headers.get("References", ""),
        },
        message.body or html_text(message.html_body or ""),
        result,
    )
    result.members = _attachments(message, result)
    return result


def _addressed(message: Message, kind: int) -> str:
    """The recipients of one kind (To or Cc) as a header's value."""
    return ", ".join(
        formataddr((recipient.name, recipient.email_address))
        for recipient in message.recipients
        if recipient.properties.int_prop_value(_RECIPIENT_TYPE) == kind
    )


def _attachments(message: Message, result: Extraction) -> list[tuple[str, bytes, str]]:
    """(name, bytes, suffix when the name has none) of each attachment stored in the message; one
    only linked to, or an attached Outlook message (not a file), is named in the warnings."""
    attachments = []
    for number, attachment in enumerate(message.attachments, start=1):
        name = attachment.file_name or f"attachment-{number}"
        data = attachment.file_bytes
        if data is None:
            result.leave_out(f"attachment {name!r} is not stored in the message as a file: not read")
            continue
        attachments.append((name, data, "" if Path(name).suffix else usual_suffix(attachment.mime_type or "")))
    return attachments
