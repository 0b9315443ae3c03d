# A sign-up form: TextFields, a Dropdown, a Checkbox, a RadioGroup and a submit button.
import flet as ft


def main(page: ft.Page):
    page.title = "Sign up"
    name = ft.TextField(label="Name", hint_text="Your name")
    password = ft.TextField(label="Password", password=True, can_reveal_password=True)
    country = ft.Dropdown(
        label="Country",
        width=200,
        options=[
            ft.dropdown.Option("Norway"),
            ft.dropdown.Option("Peru"),
            ft.dropdown.Option("Japan"),
        ],
    )
    agree = ft.Checkbox(label="I agree to the terms", value=False)
    plan = ft.RadioGroup(
        content=ft.Row([ft.Radio(value="free", label="Free"), ft.Radio(value="pro", label="Pro")]),
        value="free",
    )
    result = ft.Text()

    def submit(e):
        if not name.value:
            name.error_text = "Please enter your name"
            result.value = "missing name"
        elif not agree.value:
            name.error_text = None
            result.value = "please agree"
        else:
            name.error_text = None
            result.value = f"{name.value} from {country.value} on the {plan.value} plan"
        page.update()

    page.add(
        name, password, country, agree, plan, ft.FilledButton("Submit", on_click=submit), result
    )


ft.app(target=main)
