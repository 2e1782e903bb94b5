# Fails when a source file on disk is not named in the CMakeLists.txt that should list it (sources are listed
# explicitly, so a forgotten file would otherwise be silently left out of the build).
#   cmake -DROOT=<source dir> -P tests/support/CheckSourceLists.cmake
# Each rule: the folder whose CMakeLists.txt lists the files, the glob (relative to it), and whether the list
# names files without their extension (tests and benchmarks are listed by target name).
set(rules
    "core|*.cpp,*.h,*.def|path"
    "ui|*.cpp,*.h|path"
    "app|cli/*.cpp,cli/*.h,gui/*.cpp|path"
    "datasets|generator/*.cpp,generator/*.h|path"
    "tests|unit/tst_*.cpp,integration/tst_*.cpp,gui/tst_*.cpp|name"
    "tests/benchmarks|bench_*.cpp|name")
set(missing "")
foreach(rule IN LISTS rules)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 folder)
    list(GET parts 1 patterns)
    list(GET parts 2 style)
    string(REPLACE "," ";" patterns "${patterns}")
    file(READ "${ROOT}/${folder}/CMakeLists.txt" listing)
    set(globs "")
    foreach(pattern IN LISTS patterns)
        list(APPEND globs "${ROOT}/${folder}/${pattern}")
    endforeach()
    file(GLOB_RECURSE found RELATIVE "${ROOT}/${folder}" ${globs})
    foreach(file IN LISTS found)
        if(file MATCHES "^(build|fuzz)/")
            continue()
        endif()
        if(style STREQUAL "name")
            get_filename_component(token "${file}" NAME_WE)
        else()
            set(token "${file}")
        endif()
        string(REGEX MATCH "[ (\n]${token}[ )\n]" hit "${listing}")
        if(NOT hit)
            list(APPEND missing "${folder}/${file}")
        endif()
    endforeach()
endforeach()
if(missing)
    list(JOIN missing "\n  " text)
    message(FATAL_ERROR "Files not listed in their CMakeLists.txt:\n  ${text}")
endif()
message(STATUS "Every source file is listed.")
