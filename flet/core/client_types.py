"""The control types the Flet 1.0.5 client knows (protocol.md §12.1).

A control whose type is not here would reach the client as a red "Unknown control" box, so
the core refuses it in Python, at construction and again at update, naming the nearest type.
Standalone types were checked against the strings of the client's ``main.dart.js``; child-only
types are read by their parent (``TextSpan`` in ``Text.spans``, the shapes a ``Canvas`` paints)
and never rendered alone.
"""

from __future__ import annotations

from typing import Final

from flet.core.props import suggest

__all__ = ["CHILD_TYPES", "CLIENT_TYPES", "STANDALONE_TYPES", "UnknownControlTypeError", "check"]

STANDALONE_TYPES: Final = frozenset(
    """
    AdaptiveAlertDialog AdaptiveButton AdaptiveCheckbox AdaptiveRadio AdaptiveSlider
    AdaptiveSwitch AdaptiveTextField AlertDialog AnimatedSwitcher AppBar AutoComplete
    AutofillGroup Banner BottomAppBar BottomSheet Button Canvas Card Checkbox Chip CircleAvatar
    Column Container ContextMenu CupertinoActionSheet CupertinoActionSheetAction
    CupertinoActivityIndicator CupertinoAlertDialog CupertinoAppBar CupertinoBottomSheet
    CupertinoButton CupertinoFilledButton CupertinoTintedButton CupertinoCheckbox
    CupertinoContextMenu CupertinoContextMenuAction CupertinoDatePicker CupertinoDialogAction
    CupertinoListTile CupertinoNavigationBar CupertinoPicker CupertinoRadio
    CupertinoSegmentedButton CupertinoSlider CupertinoSlidingSegmentedButton CupertinoSwitch
    CupertinoTextField CupertinoTimerPicker DataTable DatePicker DateRangePicker Dismissible
    Divider DragTarget Draggable Dropdown DropdownM2 ExpansionPanelList ExpansionTile
    FilledButton FilledTonalButton FilledIconButton FilledTonalIconButton FletApp
    FloatingActionButton GestureDetector GridView Hero Icon IconButton Image InteractiveViewer
    KeyboardListener ListTile ListView Markdown MenuBar MenuItemButton MergeSemantics
    NavigationBar NavigationDrawer NavigationRail OutlinedButton OutlinedIconButton Page
    Pagelet PageView Placeholder PopupMenuButton ProgressBar ProgressRing Radio RadioGroup
    RangeSlider RawImage ReorderableDragHandle ReorderableListView ResponsiveRow RotatedBox Row
    SafeArea Screenshot SearchBar SegmentedButton SelectionArea Semantics ShaderMask Shimmer
    Slider SnackBar Stack SubmenuButton Switch Tab TabBar TabBarView Tabs Text TextButton
    TextField TimePicker TransparentPointer VerticalDivider View WindowDragArea
    Overlay Dialogs ServiceRegistry Window
    Clipboard UrlLauncher SharedPreferences BrowserContextMenu HapticFeedback Share FilePicker
    Connectivity Battery ScreenBrightness StoragePaths Wakelock SemanticsService Accelerometer
    Gyroscope Tester
    BarChart LineChart PieChart
    CandlestickChart RadarChart ScatterChart
    Camera
    Audio
    Video Lottie Rive
    Geolocator PermissionHandler Flashlight SecureStorage AudioRecorder UserAccelerometer
    Magnetometer Barometer ShakeDetector
    DataTable2 ColorPicker BlockPicker MultipleChoiceBlockPicker MaterialPicker HueRingPicker
    SlidePicker CodeEditor
    Map WebView
    """.split()  # noqa: SIM905
)

CHILD_TYPES: Final = frozenset(
    """
    TextSpan DropdownOption NavigationBarDestination NavigationRailDestination
    NavigationDrawerDestination DataColumn DataRow DataCell PopupMenuItem Segment
    ExpansionPanel Option
    Badge
    Line Circle Arc Rect Oval Points Fill Color Shadow Path
    LineChartData LineChartDataPoint BarChartGroup BarChartRod BarChartRodStackItem
    PieChartSection ChartAxis ChartAxisLabel
    CandlestickChartSpot ScatterChartSpot RadarDataSet RadarDataSetEntry RadarChartTitle
    DataColumn2 DataRow2
    TileLayer MarkerLayer Marker CircleLayer CircleMarker PolygonLayer PolygonMarker
    PolylineLayer PolylineMarker OverlayImageLayer OverlayImage RotatedOverlayImage
    RichAttribution SimpleAttribution TextSourceAttribution ImageSourceAttribution
    """.split()  # noqa: SIM905
)

CLIENT_TYPES: Final = STANDALONE_TYPES | CHILD_TYPES


class UnknownControlTypeError(TypeError):
    """A control would reach the client with a type the client cannot draw."""


def check(cls: type, control_type: str) -> None:
    """Raise :class:`UnknownControlTypeError` unless ``control_type`` is a client type."""
    if control_type in CLIENT_TYPES:
        return
    if not control_type:
        raise UnknownControlTypeError(
            f"{cls.__name__} is not a control the client can show (it has no control type); "
            "use one of the ft.* controls, or subclass one of them."
        )
    hint = suggest(control_type, CLIENT_TYPES) or suggest(cls.__name__, CLIENT_TYPES)
    raise UnknownControlTypeError(
        f"{cls.__name__}: the Flet 1.0.5 client has no control type {control_type!r}, so it "
        f"would show an 'Unknown control' box.{hint or ' See the supported controls in README.md.'}"
    )
