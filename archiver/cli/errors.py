"""The exceptions a command raises to end in one line: a user's mistake (exit status 2), or the
work itself failing, not the user (exit status 1)."""

import click


class UserError(click.ClickException):
    exit_code = 2

    def show(self, file=None) -> None:  # noqa: ANN001 - click's signature
        click.echo(f"error: {self.format_message()}", err=True)


class CommandFailed(UserError):
    """The command was given what it needs and still failed (an extractor bug on a page)."""
    exit_code = 1
