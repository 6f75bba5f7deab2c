import ChartKit
print("placeholder")
