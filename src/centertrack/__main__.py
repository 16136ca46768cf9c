from centertrack.cli import main

main()
