package org.kefu.service;

/**
 * Phone numbers as the customer table keeps them: digits only, without the country code, mobiles without a trunk
 * zero, landlines with their area code. Callers' numbers arrive written every way ("+86 138-1234-5678",
 * "008613812345678", "013812345678", "(010) 6552 1234"); they all find the same customer.
 */
public final class PhoneNumbers {

	private PhoneNumbers() {
	}

	/** The normal form, or null when the text holds no plausible phone number. */
	public static String normalise(String raw) {
		if (raw == null) {
			return null;
		}
		String text = raw.strip();
		if (!text.matches("[+]?[0-9 ()\\-./]{3,}")) {
			return null;
		}
		String digits = text.replaceAll("[^0-9]", "");
		if (text.startsWith("+")) {
			if (!digits.startsWith("86")) {
				return digits.length() >= 7 ? "+" + digits : null; // a foreign number stays international
			}
			digits = digits.substring(2);
		} else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		} else if (digits.length() == 13 && digits.startsWith("861")) {
			digits = digits.substring(2);
		}
		if (digits.length() == 12 && digits.matches("01[3-9][0-9]{9}")) {
			digits = digits.substring(1); // a mobile dialled with the trunk prefix
		}
		boolean beijing = digits.length() == 10 && digits.startsWith("10");
		if (beijing || digits.length() >= 9 && digits.length() <= 11 && !digits.startsWith("0") && !digits.startsWith("1")) {
			digits = "0" + digits; // a landline written without the trunk zero of its area code
		}
		return digits.length() >= 5 ? digits : null;
	}

	/** Whether the text is meant as a phone number (as opposed to a name or an account). */
	public static boolean looksLikePhone(String text) {
		return text != null && text.strip().matches("[+]?[0-9][0-9 ()\\-./]{4,}");
	}
}
