# The Debian package (issue 28): `scripts/package.sh` builds it with CPack's DEB generator from this
# build tree — the tree the test command has just built and tested, so packaging takes seconds, not
# a second full build (debhelper's dpkg-buildpackage would rebuild from a clean source tree).
# docs/packaging.md says what goes where and how the nightly jobs are switched on.
include(GNUInstallDirs)

# The release's date sits beside the version (project() above): both reach About, --version,
# the package, its changelog and the AppStream metadata from here.
set(CRM_RELEASE_DATE 2026-12-05)
execute_process(COMMAND date -u -R -d "${CRM_RELEASE_DATE} 00:00:00" OUTPUT_VARIABLE CRM_RELEASE_RFC2822
                OUTPUT_STRIP_TRAILING_WHITESPACE)

set(pkg ${PROJECT_SOURCE_DIR}/packaging)
set(gen ${PROJECT_BINARY_DIR}/packaging)
configure_file(${pkg}/cn.dealercrm.DealerCRM.metainfo.xml ${gen}/cn.dealercrm.DealerCRM.metainfo.xml @ONLY)
configure_file(${pkg}/debian/changelog ${gen}/changelog @ONLY)

install(TARGETS dealercrm dealercrm-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${pkg}/cn.dealercrm.DealerCRM.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/dealercrm.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME cn.dealercrm.DealerCRM.svg)
install(FILES ${gen}/cn.dealercrm.DealerCRM.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${pkg}/dealercrm-nightly.service ${pkg}/dealercrm-nightly.timer DESTINATION /lib/systemd/system)
# Owner-only: a PostgreSQL URL in it may carry a password (systemd reads it as root).
install(FILES ${pkg}/dealercrm.conf DESTINATION /etc/dealercrm PERMISSIONS OWNER_READ OWNER_WRITE)
install(FILES ${pkg}/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dealercrm)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/guide/ DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dealercrm/guide)

# Manual pages from the programs' own --help (help2man), and the changelog, compressed as Debian
# wants them; made by the `package-files` target, which scripts/package.sh builds before cpack.
find_program(HELP2MAN help2man)
set(man ${gen}/man)
add_custom_command(
  OUTPUT ${man}/dealercrm.1.gz ${man}/dealercrm-cli.1.gz ${gen}/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${man}
  COMMAND ${CMAKE_COMMAND} -E env LANG=C.UTF-8 LC_ALL=C.UTF-8 ${HELP2MAN} --no-info --section=1
          --name=customer\ relations\ for\ a\ car\ dealership --output=${man}/dealercrm.1 $<TARGET_FILE:dealercrm>
  COMMAND ${CMAKE_COMMAND} -E env LANG=C.UTF-8 LC_ALL=C.UTF-8 ${HELP2MAN} --no-info --section=1
          --name=DealerCRM\ from\ the\ command\ line:\ imports,\ nightly\ jobs,\ reports,\ administration
          --output=${man}/dealercrm-cli.1 $<TARGET_FILE:dealercrm-cli>
  COMMAND gzip -9nf ${man}/dealercrm.1 ${man}/dealercrm-cli.1
  COMMAND gzip -9nc ${gen}/changelog > ${gen}/changelog.gz
  DEPENDS dealercrm dealercrm-cli ${gen}/changelog
  VERBATIM)
add_custom_target(package-files DEPENDS ${man}/dealercrm.1.gz ${man}/dealercrm-cli.1.gz ${gen}/changelog.gz)
install(FILES ${man}/dealercrm.1.gz ${man}/dealercrm-cli.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 OPTIONAL)
install(FILES ${gen}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/dealercrm OPTIONAL)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dealercrm)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "DealerCRM developers <dev@dealercrm.cn>")
set(CPACK_PACKAGE_VENDOR "DealerCRM developers")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "customer relations for a car dealership (4S store)
DealerCRM is the desk of a car dealership's customer-relations department:
follow-up and inbound calls, the appointment book, complaints with their
deadlines, campaigns and text messages, feedback routed to departments, the
owners' club with cards and points, the customer archive, the manufacturer's
files, and the manager's board and reports. One desk with a SQLite file, or
many desks sharing a PostgreSQL server.
.
This package holds the program (dealercrm), its command line (dealercrm-cli)
and the nightly jobs as a systemd timer, disabled until enabled.")
# The libraries the programs link come from dpkg-shlibdeps (${shlibs:Depends}); Qt's plugins are
# loaded at run time and are named here: the database drivers, the display platform, CJK fonts.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, postgresql-client")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${pkg}/debian/postinst ${pkg}/debian/postrm ${pkg}/debian/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
