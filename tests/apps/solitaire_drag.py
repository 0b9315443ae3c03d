# The solitaire tutorial's first steps: cards in a Stack dragged with GestureDetectors,
# snapped onto the nearest slot when dropped, or bounced back.
import flet as ft

CARD_WIDTH = 70
CARD_HEIGTH = 100
DROP_PROXIMITY = 20


class Card(ft.GestureDetector):
    def __init__(self, solitaire, color, name):
        super().__init__()
        self.mouse_cursor = ft.MouseCursor.MOVE
        self.drag_interval = 5
        self.on_pan_start = self.start_drag
        self.on_pan_update = self.drag
        self.on_pan_end = self.drop
        self.left = None
        self.top = None
        self.solitaire = solitaire
        self.slot = None
        self.name = name
        self.content = ft.Container(bgcolor=color, width=CARD_WIDTH, height=CARD_HEIGTH)

    def move_on_top(self):
        self.solitaire.controls.remove(self)
        self.solitaire.controls.append(self)
        self.solitaire.update()

    def bounce_back(self):
        self.top = self.slot.top
        self.left = self.slot.left

    def place(self, slot):
        self.top = slot.top
        self.left = slot.left
        self.slot = slot

    def start_drag(self, e: ft.DragStartEvent):
        self.move_on_top()
        self.update()

    def drag(self, e: ft.DragUpdateEvent):
        self.top = max(0, self.top + e.delta_y)
        self.left = max(0, self.left + e.delta_x)
        self.update()

    def drop(self, e: ft.DragEndEvent):
        for slot in self.solitaire.slots:
            if (
                abs(self.top - slot.top) < DROP_PROXIMITY
                and abs(self.left - slot.left) < DROP_PROXIMITY
            ):
                self.place(slot)
                self.solitaire.status.value = (
                    f"{self.name} on slot {self.solitaire.slots.index(slot)}"
                )
                self.solitaire.update()
                return
        self.bounce_back()
        self.solitaire.status.value = f"{self.name} bounced back"
        self.solitaire.update()


class Solitaire(ft.Stack):
    def __init__(self, status):
        super().__init__()
        self.controls = []
        self.slots = []
        self.cards = []
        self.width = 1000
        self.height = 500
        self.status = status

    def did_mount(self):
        self.create_card_deck()
        self.create_slots()
        self.deal_cards()

    def create_card_deck(self):
        self.cards = [
            Card(self, ft.colors.GREEN, "green card"),
            Card(self, ft.colors.YELLOW, "yellow card"),
        ]

    def create_slots(self):
        self.slots = [
            ft.Container(left=0, top=0, border=ft.border.all(1)),
            ft.Container(left=200, top=0, border=ft.border.all(1)),
            ft.Container(left=300, top=0, border=ft.border.all(1)),
        ]
        for slot in self.slots:
            slot.width = CARD_WIDTH
            slot.height = CARD_HEIGTH
        self.controls.extend(self.slots)
        self.update()

    def deal_cards(self):
        for card in self.cards:
            card.place(self.slots[0])
        self.controls.extend(self.cards)
        self.update()


def main(page: ft.Page):
    status = ft.Text("deal")
    page.add(status, Solitaire(status))


ft.app(target=main)
