# Runs roster-screenshots for the Org App main window in the dark theme and checks the PNG:
# written, a PNG, and of a size a 1200x760 window with content has (an empty or black grab
# compresses to a few kilobytes).
file(REMOVE_RECURSE ${OUTPUT})
execute_process(COMMAND ${PROGRAM} --output ${OUTPUT} --theme dark --lang en --views main-org-app
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "roster-screenshots exited with ${status}")
endif()
set(png ${OUTPUT}/main-org-app-dark-en.png)
if(NOT EXISTS ${png})
    message(FATAL_ERROR "no ${png}")
endif()
file(SIZE ${png} size)
if(size LESS 40000 OR size GREATER 2000000)
    message(FATAL_ERROR "${png} has an implausible size: ${size} bytes")
endif()
file(READ ${png} magic LIMIT 8 HEX)
if(NOT magic STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${png} is not a PNG")
endif()
message(STATUS "${png}: ${size} bytes")
