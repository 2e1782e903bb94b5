#pragma once
// The precompiled header of the GUI tests: QtTest with Widgets and Charts, and the GUI and core headers most of
// them include (tests/CMakeLists.txt, vitrina_test_pch).
#include <QApplication>
#include <QChart>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "app/MainWindow.h"
#include "app/Services.h"
#include "models/Catalogue.h"
#include "store/ProjectFile.h"
