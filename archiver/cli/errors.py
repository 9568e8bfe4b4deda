"""The one exception a command raises for a user's mistake: printed as one line, exit status 2."""

import click


class UserError(click.ClickException):
    exit_code = 2

    def show(self, file=None) -> None:  # noqa: ANN001 - click's signature
        click.echo(f"error: {self.format_message()}", err=True)
