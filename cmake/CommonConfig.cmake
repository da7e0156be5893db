# One INTERFACE target that carries the strict build settings for every target of the project
# (the habit of qBittorrent's cmake/Modules/CommonConfig.cmake).
add_library(roster_build_options INTERFACE)
target_compile_features(roster_build_options INTERFACE cxx_std_20)
target_compile_definitions(roster_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(roster_build_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-align -Wformat=2)
    if(ROSTER_WERROR)
        target_compile_options(roster_build_options INTERFACE -Werror)
    endif()
endif()
