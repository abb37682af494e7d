"""Typed, located errors: every failure a user can meet has a code, a sentence and a place.

The CLI prints ``error: <message>`` and exits 1; the UI shows the message in one dialog
(``sp_collect/ui/errors.py``). Tests assert on ``code``, never on the wording. Every code is
registered in :data:`CATALOGUE`, with what it means (``tests/test_error_catalogue.py`` scans the
source for codes that are raised and not registered).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Location:
    """Where a problem is: a file, a JSON pointer inside it, a line/column, a question path."""

    file: str | None = None
    pointer: str | None = None
    line: int | None = None
    column: int | None = None
    question: str | None = None

    def __str__(self) -> str:
        parts: list[str] = []
        if self.file:
            parts.append(self.file)
        if self.pointer is not None:
            parts.append(self.pointer or "/")
        if self.line is not None:
            parts.append(f"line {self.line}" + (f", column {self.column}" if self.column else ""))
        elif self.column is not None:
            parts.append(f"column {self.column}")
        if self.question:
            parts.append(f"question {self.question}")
        return ": ".join(parts)


class SpCollectError(Exception):
    """Base of every error meant for a user: one clear sentence, a stable code, a location."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, where: Location | None = None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.where = where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where and str(self.where) else self.message


class UsageError(SpCollectError):
    """The command was called the wrong way (exit 2 in the CLI)."""

    code = "usage"


class FormDefinitionError(SpCollectError):
    """A form file is not valid; ``problems`` lists every problem found, not just the first."""

    code = "form_invalid"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        where: Location | None = None,
        problems: tuple[object, ...] = (),
    ):
        super().__init__(message, code=code, where=where)
        self.problems = problems


class ExpressionError(SpCollectError):
    """An expression cannot be parsed or evaluated; carries the expression and the column."""

    code = "expr_syntax"

    def __init__(
        self,
        message: str,
        *,
        expression: str,
        column: int | None = None,
        code: str | None = None,
        where: Location | None = None,
    ):
        super().__init__(message, code=code, where=where)
        self.expression = expression
        self.column = column


class AnswerError(SpCollectError):
    """An answer was refused: wrong type, failed constraint, missing required value."""

    code = "answer_invalid"


class WorkspaceError(SpCollectError):
    """The workspace cannot be created, opened or written."""

    code = "workspace"


class WrongPassphrase(WorkspaceError):
    code = "wrong_passphrase"

    def __init__(self, message: str = "wrong passphrase", **kwargs: object):
        super().__init__(message, **kwargs)  # type: ignore[arg-type]


class WorkspaceLocked(WorkspaceError):
    code = "workspace_locked"


class IntegrityError(WorkspaceError):
    code = "integrity"


class SealBroken(IntegrityError):
    """A value sealed on a PostgreSQL server did not open with the workspace's key."""

    code = "sealed_value_altered"


class NotFound(SpCollectError):
    code = "not_found"


class BundleError(SpCollectError):
    """A bundle, package or return file was refused; nothing was written."""

    code = "bundle_invalid"


class TrustError(BundleError):
    """The sender or signer is unknown, revoked or not the one expected."""

    code = "untrusted"


class ReportError(SpCollectError):
    code = "report"


class Cancelled(SpCollectError):
    """The user cancelled a long operation; nothing half-done was kept."""

    code = "cancelled"

    def __init__(self, message: str = "cancelled", **kwargs: object):
        super().__init__(message, **kwargs)  # type: ignore[arg-type]


CATALOGUE: dict[str, str] = {
    # -- base classes --------------------------------------------------------------------
    "answer_invalid": (
        "An answer was refused: wrong type, failed constraint, missing required value."
    ),
    "bundle_invalid": "A bundle, package or return file was refused; nothing was written.",
    "cancelled": "The user cancelled a long operation; nothing half-done was kept.",
    "error": "Something went wrong that has no more specific code.",
    "expr_syntax": (
        "An expression cannot be parsed or evaluated; carries the expression and the column."
    ),
    "form_invalid": (
        "A form file is not valid; ``problems`` lists every problem found, not just the first."
    ),
    "integrity": (
        "The workspace failed an integrity check (a page, the event chain or an attachment)."
    ),
    "not_found": "Something asked for is not in the workspace.",
    "report": "A report could not be written.",
    "untrusted": "The sender or signer is unknown, revoked or not the one expected.",
    "usage": "The command was called the wrong way (exit 2 in the CLI).",
    "workspace": "The workspace cannot be created, opened or written.",
    "workspace_locked": "The workspace is open in another window or program; close it there first.",
    "wrong_passphrase": "The passphrase does not open this workspace.",
    # -- scoring, frameworks, data exports -----------------------------------------------
    "export_format": "Unknown export format …; use one of ….",
    "export_target": "… is a file; CSV export writes one file per table into a folder.",
    "export_too_large": (
        "Table … has more rows than a spreadsheet holds (…); export to CSV or SQLite instead, "
        "or on."
    ),
    "frameworks_invalid": "The framework criteria do not fit scoring config …: ….",
    "frameworks_unreadable": "Cannot read the framework criteria (…); check the file.",
    "scoring_invalid": "The scoring config has …, first: …; fix it and load it again.",
    "scoring_json": "The scoring config is not valid JSON (…); fix the syntax.",
    "scoring_unreadable": "Cannot read the scoring config (…); check the path.",
    # -- the command line ----------------------------------------------------------------
    "answers_other_form": "The answers file holds a response of another form than --form.",
    "assign_syntax": (
        "--assign takes forms=, institution= or country= settings after a fingerprint."
    ),
    "changes_needed": "responses edit needs changes (--answers), --finalize, or both.",
    "form_needed": "Give the form the answers belong to (--form ID).",
    "new_passphrase_missing": (
        "No new passphrase given: set SP_COLLECT_NEW_PASSPHRASE or use --new-passphrase-file."
    ),
    "card_unreadable": "Cannot read the contact card …: ….",
    "comment_syntax": "Write comments as QUESTION=TEXT, not ….",
    "confirmation_needed": "Cannot ask for confirmation here; check the fingerprint and add --yes.",
    "demo_count": "Sp-collect demo: the number of responses must be at least 1.",
    "file_unreadable": "A file named on the command line cannot be read.",
    "json_not_object": (
        "A JSON file named on the command line holds something other than an object."
    ),
    "json_syntax": "A JSON file is not valid JSON (line and column given).",
    "passphrase_empty": "The passphrase is empty.",
    "passphrase_file_unreadable": "Cannot read the passphrase file …: ….",
    "passphrase_missing": "No passphrase given: set … or use --passphrase-file for scripted use.",
    "passphrase_short": "Choose a passphrase of at least … characters.",
    "passphrases_differ": "The two passphrases differ; nothing was changed.",
    "review_needs_comment": (
        "A response returned for correction needs at least one comment saying what to correct."
    ),
    # -- forms, expressions, answers -----------------------------------------------------
    "answers_invalid": (
        "Answers were refused (or a saved response no longer fits its form); each is listed "
        "with its reason."
    ),
    "current_outside_constraint": "'.' (this question's value) can only be used in a constraint.",
    "dependency_cycle": "Circular dependency: ….",
    "duplicate_choice_value": "The … value '…' appears twice in the same list.",
    "duplicate_id": "The id '…' is already used at …: ids must be unique across the whole form.",
    "expr_arity": "…() at column … takes …, not ….",
    "expr_eval": (
        "An expression failed while it was evaluated (e.g. a wrong type); the form needs fixing."
    ),
    "expr_unknown_function": "Unknown function … at column …….",
    "file_not_found": "The form file does not exist; check the path.",
    "form_mismatch": "The saved response belongs to form …, not … ….",
    "invalid_default": "The default of '…' does not fit: ….",
    "number_too_large": (
        "A form writes a number beyond 15 digits (in an expression or as a choice value): "
        "expressions compute in double precision and could not use it exactly."
    ),
    "invalid_id": (
        "'…' is not a valid name: use letters, digits, '_', '.' or '-', starting with a letter "
        "or '."
    ),
    "invalid_text": "A text must be a string or an object of language → string.",
    "invalid_value": "A form property has a value of the wrong kind or out of range.",
    "matrix_without_rows": "A matrix needs rows.",
    "missing_default_language": "The text has no '…' version (the default language)",
    "missing_property": "Missing property 'type'.",
    "missing_translation": "Missing translation: … (the … text is shown)",
    "not_a_repeat": "'…' is not a repeat.",
    "not_an_object": "A form must be a JSON object.",
    "redundant_or_other": "The list already has an 'other' choice; or_other adds a second one.",
    "repeat_count_conflict": (
        "Repeat_count decides the number of instances: remove min and max, or remove repeat_count."
    ),
    "repeat_fixed": "The number of entries is computed.",
    "repeat_max": "At most … entries are allowed here.",
    "repeat_min": "At least … entries are needed here.",
    "repeat_min_max": "Min (…) is greater than max (…)",
    "unknown_choice_column": "No choice of this question has a column '…'.",
    "unknown_choice_list": "There is no choice list named '…' in choice_lists.",
    "unknown_default_language": "Default_language '…' is not one of languages ….",
    "unknown_language": "Translation for …, which is not in languages.",
    "unknown_metadata": "Unknown metadata field …; use ….",
    "unknown_path": "There is no entry … in '…'.",
    "unknown_property": "Unknown property '…'.",
    "unknown_reference": "'${…}' names no question.",
    "unknown_section": "There is no section '…'.",
    "unknown_type": "Unknown question type '…'….",
    "xlsform_invalid": "… is not a valid XLSForm (…); fix it in the spreadsheet and import again.",
    "xlsform_unmappable": (
        "The form made from … still has errors after removing what has no equivalent; simplify the."
    ),
    # -- PDF reports ---------------------------------------------------------------------
    "report_font_missing": "The report font … is missing; reinstall sp_collect.",
    "report_language": "Form … is not written in …; use one of ….",
    "report_no_data": "There is nothing to report on yet (no scored institution).",
    "report_unwritable": "Cannot write … (…); choose another file or folder.",
    "report_process_stopped": "The program writing a report in the background stopped; try again.",
    "report_failed": "A report could not be written because of a bug; the details are in the log.",
    # -- the encrypted store -------------------------------------------------------------
    "attachment_missing": "Attachment … is not in this workspace.",
    "bundle_direction": "Bundle direction must be 'in' or 'out', not ….",
    "bundle_unknown": "No bundle … is recorded.",
    "conflict_missing": "No conflict for response … revision ….",
    "contact_invalid": "The contact card has no key_id.",
    "contact_missing": "No contact with key id ….",
    "contact_revoked": "Contact … was revoked and cannot be trusted again.",
    "database_corrupt": (
        "Workspace.db in … is not a workspace database or is damaged; restore it from a backup."
    ),
    "database_error": "The workspace database refused the operation: ….",
    "database_mismatch": (
        "The database does not belong to this workspace's keyfile; restore the matching "
        "workspace.d."
    ),
    "database_missing": "… is missing from …; restore it from a backup.",
    "database_unreachable": (
        "Cannot reach the PostgreSQL server; check the network and that it is running."
    ),
    "disk_full": "The disk is full; free some space and try again (what was saved before is kept)",
    "folder_missing": "The workspace folder … does not exist; check the path.",
    "folder_unusable": "Cannot use the folder …: ….",
    "form_version_clash": (
        "Form … version … is already installed with different content; give the changed form a new."
    ),
    "kdf_too_weak": (
        "The keyfile asks for a weaker key derivation than this app allows; restore the "
        "original ke."
    ),
    "keyfile_changed": "The keyfile changed on disk since the workspace was opened; reopen it.",
    "keyfile_corrupt": "… is damaged or incomplete; restore it from a backup.",
    "keyfile_unreadable": "Cannot read …: ….",
    "name_empty": "Give the workspace a name (the person or team using it)",
    "no_secret": "Give the passphrase or the recovery code.",
    "not_a_workspace": "… is not a workspace (it has no …); choose the workspace folder.",
    "read_only": (
        "The workspace folder … is read-only; copy it somewhere writable and open it there."
    ),
    "recovery_code_invalid": (
        "That recovery code is mistyped (it has 8 groups of 5 letters and digits); check it "
        "against."
    ),
    "response_exists": "Response … already exists.",
    "response_missing": "No response with that uuid is in this workspace.",
    "response_not_editable": "Response … is …, not a draft; reopen it to edit it.",
    "role_invalid": "Role must be 'field' or 'coordinator', not ….",
    "schema_too_new": (
        "This workspace was saved by a newer version of sp_collect; update the app to open it."
    ),
    "sealed_value_altered": (
        "A value sealed on the PostgreSQL server (answers, a file, a comment, a conflict copy) "
        "does not open with the workspace's key: it was changed there, or copied from another "
        "row; the message names the response or attachment."
    ),
    "seal_needs_key": (
        "A PostgreSQL store written before sealing can only be sealed by sp_collect opening the "
        "workspace, which has the key."
    ),
    "secret_corrupt": "The secret … was altered or belongs to another workspace.",
    "secret_missing": "The workspace holds no secret named ….",
    "status_invalid": "Unknown response status …; use one of ….",
    "value_not_json": "A value cannot be stored because it is not plain JSON (…)",
    "workspace_closed": "The workspace is closed; open it again.",
    "workspace_exists": "… already holds a workspace; open it, or choose an empty folder.",
    "workspace_read_only": (
        "The workspace was opened only for reading; close it in the other window or program to "
        "chan."
    ),
    "write_failed": "Cannot write …: ….",
    "wrong_recovery_code": "Wrong recovery code for this workspace.",
    "bad_assignment": "A package's assignments, or a fingerprint given for one, are invalid.",
    # -- bundles, packages, returns ------------------------------------------------------
    "bad_checksum": (
        "This … was damaged in transit (bad checksum for …); ask the sender to export it again."
    ),
    "bad_member_name": (
        "This … contains a file with a forbidden name (…); do not open it and ask the sender to "
        "exp."
    ),
    "bad_member_type": (
        "This … contains …, which is a link, device or folder, not a plain file; do not open it "
        "and."
    ),
    "bad_record": (
        "This return holds an unknown decision for …; ask the coordinator to export it again."
    ),
    "bad_signature": (
        "The signed comment of manifest.json does not match the manifest; the file was altered."
    ),
    "card_invalid": "This contact card is not valid (…); ask its owner to export it again.",
    "changed_during_import": (
        "This … changed while it was being imported; nothing was written, import it again."
    ),
    "count_mismatch": (
        "This bundle's manifest counts another number of responses than it holds; ask the "
        "sender to."
    ),
    "damaged": "This … is damaged or is not a package; ask the coordinator to send it again.",
    "downgrade": "A package older than the installed one was refused.",
    "duplicate_member": "A bundle or return lists one of its files twice: it was altered.",
    "extra_member": "A bundle or return holds a file its manifest does not list: it was altered.",
    "identity_damaged": (
        "The stored identity keys are damaged; restore the workspace from a backup."
    ),
    "key_malformed": "The minisign public key is malformed.",
    "manifest_invalid": (
        "The manifest of this … is not valid (…); ask the sender to export it again."
    ),
    "member_order": "A bundle or return has its files out of the signed order: it was altered.",
    "member_too_large": "… in this … is larger than the limit of … bytes; it was refused.",
    "missing_member": (
        "This … is missing …, which its manifest lists; ask the sender to export it again."
    ),
    "no_recipients": "No recipient to export to; install the coordinator's form package first.",
    "not_a_bundle": "This file is not an sp_collect … (not an age file); check the file name.",
    "not_for_us": (
        "This … was not encrypted for this workspace's key; ask the sender to export it for "
        "your co."
    ),
    "nothing_to_export": "There is no finalized response to export; finalize a response first.",
    "other_key": (
        "This … is signed by another key than the coordinator's pinned key; it was refused. Ask "
        "the."
    ),
    "other_package": "This … belongs to another study than the one installed; it was refused.",
    "recipient_mismatch": (
        "This … was signed for other recipients than this workspace; it may have been "
        "forwarded, so."
    ),
    "record_too_long": "Line … of … is longer than the limit of … bytes; it was refused.",
    "response_too_large": (
        "Response … takes … bytes, more than the … a bundle may carry for one response."
    ),
    "attachment_too_large": (
        "An attachment of response … takes more bytes than a bundle may carry for one file."
    ),
    "return_too_large": "This return would hold more bytes than a return may carry.",
    "package_too_large": "A form package may not hold that many files, or files that large.",
    "replay": "A package with the installed version number was refused.",
    "revoked": "This … comes from …, whose key was revoked; it was refused.",
    "signature_malformed": "The signature of … is malformed; ask the sender to export it again.",
    "too_many_members": "This … holds more than … files; it was refused.",
    "trailing_data": "This … has unexpected data after its end; ask the sender to export it again.",
    "unknown_sender": (
        "This … comes from …, who is not a trusted contact; check the fingerprint with the sender,."
    ),
    "unsigned": "This … has no signed manifest; it is incomplete or was not made by sp_collect.",
    "unsupported_version": (
        "This … uses format version …, but this version of sp_collect reads only version …; update."
    ),
    "wrong_kind": "This file is a …, not a …; open it with the right command.",
    "wrong_signer": "… was signed by another key than the one expected; do not trust this file.",
    # -- the app -------------------------------------------------------------------------
    "attachment_unavailable": (
        "Attachments cannot be saved in this view; open the response from a workspace."
    ),
    "attachment_unreadable": (
        "A file chosen as an attachment could not be read; choose another one."
    ),
    "card_unwritable": "The contact card could not be written to the chosen file.",
    # -- the workspace's services --------------------------------------------------------
    "report_needs_response": "The response report needs a response (--uuid on the command line).",
    "report_needs_institution": (
        "The readiness report needs an institution (--institution on the command line)."
    ),
    "conflict_choice_invalid": "Keep 'ours' or 'incoming' for ….",
    "conflict_choice_missing": "Choose which answer to keep for ….",
    "conflict_choice_unknown": "Neither copy answers …; pick only questions that differ.",
    "conflict_stale": (
        "Response … is now at revision …; this conflict is about revision … and no longer applies."
    ),
    "contact_ambiguous": "… contacts are named …; give the key id instead.",
    "contact_unknown": "No contact named …; see 'contacts list'.",
    "coordinator_only": "Only a coordinator workspace can build form packages.",
    "form_missing": "No form '…' is installed; add it with 'forms add' first.",
    "choice_file_unreadable": (
        "A choice file installed with a form cannot be read as CSV, GeoJSON or XML; send the "
        "form's files again."
    ),
    "form_not_object": "…: a form file must hold a JSON object.",
    "form_version_missing": "Form '…' version … is not installed.",
    "passphrase_needed": "Give the current passphrase to change it.",
    "report_format": "Reports are written as PDF or DOCX (a printout as PDF only).",
    "too_deep": "A file (bundle, return, package, form, answers) is nested too deeply to read.",
    "kdf_too_heavy": "The keyfile asks for more Argon2 work than the app allows (tampered?).",
    "file_exists": "The folder already holds a file the command would write; choose an empty one.",
    "changed_during_export": "The workspace changed while a bundle was written; export again.",
    "institution_not_scored": "No scored survey for institution …; scored institutions: ….",
    "country_not_scored": "No scored institution in …; scored countries: ….",
    "institution_ambiguous": "A code names institutions in several countries; write COUNTRY/CODE.",
    "choice_not_submission": "The chosen response is not a finished Form A submission.",
    "choice_no_institution": "The chosen response names no institution (consent declined?).",
    "no_forms": "No form is installed; add forms before generating demo data.",
    "no_reason": "Give a reason for editing a finalized response.",
    "no_workshop_summary": "No finished workshop summary (Form D) in this workspace.",
    "not_a_workshop_summary": "Response … is a … response, not a workshop summary.",
    "not_finalizable": "The response still has errors, listed, so it cannot be finalized yet.",
    "not_reviewable": "Response … is …; only received responses can be reviewed.",
    "package_no_forms": "Name at least one form to put in the package.",
    "question_unknown": "The form … has no question ….",
    "report_kind": "Unknown report …; choose one of ….",
    "review_decision": "A review decision is one of ….",
}
"""Every error code the app raises → what it means for the user (the message adds the details)."""
