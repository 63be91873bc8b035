from sumlint.cli import main

main()
