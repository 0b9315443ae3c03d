# The calculator tutorial: a UserControl with a grid of buttons and a result Text.
import flet as ft


class CalcButton(ft.ElevatedButton):
    def __init__(self, text, button_clicked, expand=1):
        super().__init__()
        self.text = text
        self.expand = expand
        self.on_click = button_clicked
        self.data = text


class DigitButton(CalcButton):
    def __init__(self, text, button_clicked, expand=1):
        CalcButton.__init__(self, text, button_clicked, expand)
        self.bgcolor = ft.colors.WHITE24
        self.color = ft.colors.WHITE


class ActionButton(CalcButton):
    def __init__(self, text, button_clicked):
        CalcButton.__init__(self, text, button_clicked)
        self.bgcolor = ft.colors.ORANGE
        self.color = ft.colors.WHITE


class CalculatorApp(ft.UserControl):
    def build(self):
        self.reset()
        self.result = ft.Text(value="0", color=ft.colors.WHITE, size=20)
        rows = [
            ["AC", "+/-", "%", "/"],
            ["7", "8", "9", "*"],
            ["4", "5", "6", "-"],
            ["1", "2", "3", "+"],
            ["0", ".", "="],
        ]
        grid = [ft.Row(controls=[self.result], alignment="end")]
        for row in rows:
            buttons = []
            for label in row:
                if label in "+-*/=":
                    buttons.append(ActionButton(label, self.button_clicked))
                elif label.isdigit() or label == ".":
                    buttons.append(
                        DigitButton(label, self.button_clicked, expand=2 if label == "0" else 1)
                    )
                else:
                    buttons.append(CalcButton(label, self.button_clicked))
            grid.append(ft.Row(controls=buttons))
        return ft.Container(
            width=350,
            bgcolor=ft.colors.BLACK,
            border_radius=ft.border_radius.all(20),
            padding=20,
            content=ft.Column(controls=grid),
        )

    def button_clicked(self, e):
        data = e.control.data
        if self.result.value == "Error" or data == "AC":
            self.result.value = "0"
            self.reset()
        elif data.isdigit() or data == ".":
            if self.result.value == "0" or self.new_operand:
                self.result.value = data
                self.new_operand = False
            else:
                self.result.value = self.result.value + data
        elif data in ("+", "-", "*", "/"):
            self.result.value = self.calculate(self.operand1, float(self.result.value))
            self.operator = data
            self.operand1 = 0 if self.result.value == "Error" else float(self.result.value)
            self.new_operand = True
        elif data == "=":
            self.result.value = self.calculate(self.operand1, float(self.result.value))
            self.reset()
        elif data == "%":
            self.result.value = self.format_number(float(self.result.value) / 100)
            self.reset()
        elif data == "+/-":
            self.result.value = self.format_number(-float(self.result.value))
        self.update()

    def format_number(self, num):
        return str(int(num)) if num % 1 == 0 else str(num)

    def calculate(self, operand1, operand2):
        if self.operator == "+":
            return self.format_number(operand1 + operand2)
        if self.operator == "-":
            return self.format_number(operand1 - operand2)
        if self.operator == "*":
            return self.format_number(operand1 * operand2)
        if operand2 == 0:
            return "Error"
        return self.format_number(operand1 / operand2)

    def reset(self):
        self.operator = "+"
        self.operand1 = 0
        self.new_operand = True


def main(page: ft.Page):
    page.title = "Calc App"
    page.add(CalculatorApp())


ft.app(target=main)
