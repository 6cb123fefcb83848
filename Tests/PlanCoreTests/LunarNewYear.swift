import Foundation
import PlanCore

/// An independent oracle for the first day of Tết: the day (UTC+7, the meridian of the Vietnamese
/// calendar) of the new moon that starts the lunar year, after Hồ Ngọc Đức's published algorithm
/// (Meeus' new-moon and solar-longitude series). Only the tests use it, to check Seeds/calendar.json.
enum LunarNewYear {
  static let timeZone = 7.0

  /// The first day of Tết of `year`.
  static func firstDay(of year: Int) -> CivilDate {
    // Month 11 of the previous lunar year holds the winter solstice; Tết is two (or, with a leap
    // month between, three) new moons after it.
    let a11 = lunarMonth11(year - 1)
    let b11 = lunarMonth11(year)
    let k = Int((Double(a11) - 2_415_021.076998695) / 29.530588853 + 0.5)
    var offset = 2
    if b11 - a11 > 365 {
      let leap = leapMonthOffset(a11)
      if leap <= 2 { offset += 1 }  // A leap month 11 or 12 comes before Tết.
    }
    return date(julianDay: newMoonDay(k + offset))
  }

  static func date(julianDay jd: Int) -> CivilDate { CivilDate(dayNumber: jd - 2_440_588) }

  static func julianDay(_ date: CivilDate) -> Int { date.dayNumber + 2_440_588 }

  static func newMoon(_ k: Int) -> Double {
    let k = Double(k)
    let t = k / 1236.85, t2 = t * t, t3 = t2 * t, dr = Double.pi / 180
    var jd1 = 2_415_020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    let m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    let mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    let f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    var c1 = (0.1734 - 0.000393 * t) * sin(m * dr) + 0.0021 * sin(2 * dr * m)
    c1 = c1 - 0.4068 * sin(mpr * dr) + 0.0161 * sin(dr * 2 * mpr)
    c1 = c1 - 0.0004 * sin(dr * 3 * mpr)
    c1 = c1 + 0.0104 * sin(dr * 2 * f) - 0.0051 * sin(dr * (m + mpr))
    c1 = c1 - 0.0074 * sin(dr * (m - mpr)) + 0.0004 * sin(dr * (2 * f + m))
    c1 = c1 - 0.0004 * sin(dr * (2 * f - m)) - 0.0006 * sin(dr * (2 * f + mpr))
    c1 = c1 + 0.0010 * sin(dr * (2 * f - mpr)) + 0.0005 * sin(dr * (2 * mpr + m))
    let deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - deltaT
  }

  static func newMoonDay(_ k: Int) -> Int { Int(newMoon(k) + 0.5 + timeZone / 24) }

  /// The sun's longitude at the start of the day, as one of 12 sectors (0 = from 0°).
  static func sunSector(_ dayNumber: Int) -> Int {
    let t = (Double(dayNumber) - 0.5 - timeZone / 24 - 2_451_545.0) / 36525
    let t2 = t * t, dr = Double.pi / 180
    let m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    let l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * sin(dr * 2 * m) + 0.000290 * sin(dr * 3 * m)
    var l = (l0 + dl) * dr
    l -= Double.pi * 2 * Double(Int(l / (Double.pi * 2)))
    return Int(l / Double.pi * 6)
  }

  static func lunarMonth11(_ year: Int) -> Int {
    guard let dec31 = CivilDate(year: year, month: 12, day: 31) else { return 0 }
    let off = Double(julianDay(dec31)) - 2_415_021
    let k = Int(off / 29.530588853)
    var nm = newMoonDay(k)
    if sunSector(nm) >= 9 { nm = newMoonDay(k - 1) }
    return nm
  }

  static func leapMonthOffset(_ a11: Int) -> Int {
    let k = Int((Double(a11) - 2_415_021.076998695) / 29.530588853 + 0.5)
    var i = 1
    var arc = sunSector(newMoonDay(k + i))
    var last = 0
    repeat {
      last = arc
      i += 1
      arc = sunSector(newMoonDay(k + i))
    } while arc != last && i < 14
    return i - 1
  }
}
