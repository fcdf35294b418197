import QtQuick.Controls

// The window's page stack (the role's shell first, then the pages the Navigator opens). Main.qml
// loads it by URL only while the teacher's app lock is open: on Qt 6.4 a Loader cannot create a
// bound inline component, and Main.qml's delegates need ComponentBehavior: Bound.
StackView {}
